package org.clvplugin.standalone;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;

import org.clvplugin.model.InvalidSummaryException;
import org.clvplugin.model.ModelFitException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.clvplugin.standalone.bench.BenchmarkCommand;
import org.clvplugin.standalone.bench.DeliveryBenchmarkCommand;
import org.clvplugin.standalone.bench.LedgerBenchmarkCommand;
import org.clvplugin.standalone.bench.RulesBenchmarkCommand;
import org.clvplugin.standalone.bench.RunBenchmarkCommand;
import org.clvplugin.standalone.cli.AccountCommands;
import org.clvplugin.standalone.cli.DemoCommand;
import org.clvplugin.standalone.cli.FitCommand;
import org.clvplugin.standalone.cli.ImportCdnowCommand;
import org.clvplugin.standalone.cli.RecomputeCommand;
import org.clvplugin.standalone.cli.ScoreCommand;
import org.clvplugin.standalone.cli.ServeCommand;
import org.clvplugin.standalone.cli.TransactionsToSummaryCommand;

/** The {@code clv} command line: the entry point of the standalone jar. */
@Command(name = "clv", mixinStandardHelpOptions = true, versionProvider = ClvCommand.Version.class,
        description = "Customer lifetime value and loyalty tiers for Apache OFBiz contacts.",
        subcommands = {DemoCommand.class, ServeCommand.class, AccountCommands.HashPassword.class,
                AccountCommands.NewToken.class, ImportCdnowCommand.class, RecomputeCommand.class, FitCommand.class,
                ScoreCommand.class, TransactionsToSummaryCommand.class, BenchmarkCommand.class,
                LedgerBenchmarkCommand.class, RunBenchmarkCommand.class, RulesBenchmarkCommand.class,
                DeliveryBenchmarkCommand.class,
                CommandLine.HelpCommand.class})
public final class ClvCommand implements Runnable {

    /** Exit code for input the command cannot use (a bad file, row or option value). */
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // One line per log record (time, level, logger, message) unless the operator configured another format.
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        }
        quietLibraries();
        System.exit(commandLine().execute(args));
    }

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final java.util.List<java.util.logging.Logger> QUIETED = new java.util.ArrayList<>();

    /**
     * Flyway, Hibernate, Quartz, Tomcat, HikariCP, Jersey and Hibernate Validator report every start at INFO; on a
     * command line only warnings matter.
     */
    static void quietLibraries() {
        for (String name : new String[] {"org.hibernate", "org.apache", "org.quartz", "com.zaxxer.hikari",
                "org.glassfish.jersey"}) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
            logger.setLevel(java.util.logging.Level.WARNING);
            QUIETED.add(logger);
        }
        // Flyway warns that H2 2.4 is newer than it was verified with; everything here is tested on 2.4.
        java.util.logging.Logger flyway = java.util.logging.Logger.getLogger("org.flywaydb");
        flyway.setLevel(java.util.logging.Level.SEVERE);
        QUIETED.add(flyway);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ClvCommand());
        cli.setExecutionExceptionHandler(ClvCommand::reportFailure);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Known failures become one clear line on stderr, never a stack trace. */
    private static int reportFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof InvalidSummaryException || e instanceof ModelFitException
                || e instanceof IllegalArgumentException) {
            err.println("clv " + cli.getCommandName() + ": " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof NoSuchFileException missing) {
            err.println("clv " + cli.getCommandName() + ": no such file: " + missing.getFile());
            return BAD_INPUT;
        }
        if (e instanceof IOException) {
            err.println("clv " + cli.getCommandName() + ": " + e);
            return 1;
        }
        if (e instanceof java.sql.SQLException) {
            err.println("clv " + cli.getCommandName() + ": database error: " + e.getMessage());
            return 1;
        }
        if (e instanceof org.clvplugin.scoring.RecomputeFailedException
                || e instanceof org.clvplugin.standalone.host.StandaloneDatabase.DataDirectoryInUseException) {
            err.println("clv " + cli.getCommandName() + ": " + e.getMessage());
            return 1;
        }
        throw new IllegalStateException(e);
    }

    /** The version from the jar's manifest (set by Maven), or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ClvCommand.class.getPackage().getImplementationVersion();
            return new String[] {"clv " + (v == null ? "development" : v)};
        }
    }
}
