package vn.policykb.ingest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar ingest.jar <command> ...}: the knowledge base's command line. */
@Command(
    name = "ingest.jar",
    mixinStandardHelpOptions = true,
    version = "policy-kb ingest 0.1",
    description = "Reads, parses and indexes documents for the policy knowledge base.",
    subcommands = {IngestCommand.class, CrawlCommand.class, ReindexCommand.class, ExtractCommand.class,
        CommandLine.HelpCommand.class})
public final class IngestCli {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new IngestCli());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("error: " + e.getMessage());
      return 1;
    });
    return cli;
  }
}
