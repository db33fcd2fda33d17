package vn.policykb.opensearch.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One development node for every test class of the run: a node takes 14–36 s to start on a new
 * home, so the classes share it (stored in the root context, closed when the run ends), each
 * class with its own index names. Test methods receive the node's {@link OpenSearchHttp}.
 */
final class SharedDevNode implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedDevNode.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == OpenSearchHttp.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .computeIfAbsent(RunningNode.class, key -> RunningNode.start(), RunningNode.class).http();
  }

  /** The node and its temporary home, removed once the node is stopped. */
  private record RunningNode(DevNode node, Path home, OpenSearchHttp http) implements AutoCloseable {

    static RunningNode start() {
      try {
        Path home = Files.createTempDirectory("policykb-dev-node");
        DevNode node = DevNode.start(home);
        return new RunningNode(node, home, new OpenSearchHttp(node.url()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      node.close();
      try (Stream<Path> files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
