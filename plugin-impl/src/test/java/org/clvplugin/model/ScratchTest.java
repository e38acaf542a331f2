package org.clvplugin.model;
import org.junit.jupiter.api.Test;
import org.clvplugin.api.*;
class ScratchTest {
    @Test
    void bench() {
        SummaryTable data = new SyntheticCustomers(new BgNbd(0.243, 4.414, 0.793, 2.426), new GammaGamma(6.25, 3.74, 15.44), 0, 104, 1.0/7).generate(1_000_000, 4);
        System.err.println(ModelFitting.fitPurchaseModel(PurchaseModelType.BG_NBD, data).fit());
    }
}
