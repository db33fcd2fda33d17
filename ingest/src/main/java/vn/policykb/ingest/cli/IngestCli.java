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

  /** Held: the logging configuration keeps loggers only weakly. */
  private static final java.util.logging.Logger VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging, which would pick the Log4j API the parsers bring
    // and have it complain that no Log4j is there: the JDK's logging, quiet but for warnings, instead
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "jdk");
    }
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
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
