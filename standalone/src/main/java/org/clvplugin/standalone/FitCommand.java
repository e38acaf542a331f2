package org.clvplugin.standalone;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.clvplugin.api.FitResult;
import org.clvplugin.api.PurchaseModelType;
import org.clvplugin.model.ModelFitting;
import org.clvplugin.model.SummaryTable;
import org.clvplugin.model.io.SummaryCsvReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fits a purchase model (BG/NBD, Pareto/NBD, MBG/NBD) or the Gamma-Gamma spend model to a "
                + "customer summary CSV and prints the estimates, standard errors and log-likelihood.")
final class FitCommand implements Callable<Integer> {

    @Option(names = "--summary", required = true, paramLabel = "FILE.csv",
            description = "Columns x,t_x,T[,zbar] or frequency,recency,T[,monetary_value], optional id first.")
    Path summary;

    @Option(names = "--model", defaultValue = "bgnbd", paramLabel = "MODEL",
            description = "bgnbd, paretonbd, mbgnbd or gammagamma (default: ${DEFAULT-VALUE}).")
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
        boolean spend = model.equalsIgnoreCase("gammagamma");
        PurchaseModelType purchase = spend ? null : PurchaseModelType.fromKey(model);
        SummaryTable data = SummaryCsvReader.read(summary);
        FitResult fit = spend ? ModelFitting.fitGammaGamma(data).fit()
                : ModelFitting.fitPurchaseModel(purchase, data).fit();
        spec.commandLine().getOut().print(format.equals("json") ? FitReport.json(fit) + System.lineSeparator()
                : FitReport.text(fit));
        spec.commandLine().getOut().flush();
        return fit.converged() ? 0 : 3;
    }
}
