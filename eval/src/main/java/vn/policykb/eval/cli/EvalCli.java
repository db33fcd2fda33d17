package vn.policykb.eval.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar eval.jar <command> ...}: the quality measurements of the knowledge base. */
@Command(
    name = "eval.jar",
    mixinStandardHelpOptions = true,
    version = "policy-kb eval 0.1",
    description = "Measures retrieval, extraction, quote and story-link quality on evaluation data.",
    subcommands = {EvalCommand.class, EvalExtractionCommand.class, EvalQuotesCommand.class, EvalLinksCommand.class,
        CommandLine.HelpCommand.class})
public final class EvalCli {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new EvalCli());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("error: " + e.getMessage());
      return 1;
    });
    return cli;
  }
}
