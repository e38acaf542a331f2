package org.clvplugin.standalone.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.clvplugin.api.FitResult;
import org.clvplugin.api.PurchaseModelType;
import org.clvplugin.model.ModelFitting;
import org.clvplugin.model.io.DiscreteSummaryCsvReader;
import org.clvplugin.model.io.SummaryCsvReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fits a purchase model (BG/NBD, Pareto/NBD, MBG/NBD), the Gamma-Gamma spend model, or the "
                + "discrete-time BG/BB to a summary CSV and prints the estimates, standard errors and "
                + "log-likelihood.")
public final class FitCommand implements Callable<Integer> {

    @Option(names = "--summary", required = true, paramLabel = "FILE.csv",
            description = "Columns x,t_x,T[,zbar] or frequency,recency,T[,monetary_value], optional id first; "
                    + "for bgbb frequency,recency,periods[,weights].")
    Path summary;

    @Option(names = "--model", defaultValue = "bgnbd", paramLabel = "MODEL",
            description = "bgnbd, paretonbd, mbgnbd, gammagamma or bgbb (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("--format must be text or json, was '" + format + "'");
        }
        FitResult fit = switch (model.toLowerCase(java.util.Locale.ROOT)) {
            case "gammagamma" -> ModelFitting.fitGammaGamma(SummaryCsvReader.read(summary)).fit();
            case "bgbb" -> ModelFitting.fitBgBb(DiscreteSummaryCsvReader.read(summary));
            default -> {
                PurchaseModelType purchase = PurchaseModelType.fromKey(model);
                yield ModelFitting.fitPurchaseModel(purchase, SummaryCsvReader.read(summary)).fit();
            }
        };
        spec.commandLine().getOut().print(format.equals("json") ? FitReport.json(fit) + System.lineSeparator()
                : FitReport.text(fit));
        spec.commandLine().getOut().flush();
        return fit.converged() ? 0 : 3;
    }
}
