package vn.policykb.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local port that passes connections on to a node, until {@link #cut}: then the port refuses
 * connections and those open are dropped, as when the node goes down.
 */
final class Relay implements AutoCloseable {

  private final ServerSocket server;
  private final URI target;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private boolean cut;

  Relay(URI target) throws IOException {
    this.target = target;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(this::accept);
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        if (!admit(client)) {
          continue;
        }
        Socket node = new Socket(target.getHost(), target.getPort());
        if (!admit(node)) {
          continue;
        }
        Thread.ofVirtual().start(() -> pipe(client, node));
        Thread.ofVirtual().start(() -> pipe(node, client));
      } catch (IOException e) {
        // closed: the relay is cut
      }
    }
  }

  private static void pipe(Socket from, Socket to) {
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException e) {
      // one side closed
    } finally {
      try {
        from.close();
        to.close();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }

  /**
   * Keeps the socket to drop it on {@link #cut}; one accepted while the relay was being cut is
   * dropped at once, else a connection made just before the cut would outlive it.
   */
  private synchronized boolean admit(Socket socket) throws IOException {
    if (cut) {
      socket.close();
      return false;
    }
    open.add(socket);
    return true;
  }

  /** The node is gone: no new connection, none open. */
  synchronized void cut() throws IOException {
    cut = true;
    server.close();
    for (Socket socket : open) {
      socket.close();
    }
  }

  @Override
  public void close() throws IOException {
    cut();
  }
}
