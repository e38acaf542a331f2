package org.clvplugin.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * The follow-up actions' delivery, every few seconds: one pass per interval, on one node of a cluster (the trigger
 * is the cluster's), never two at once; the outbox's claims keep passes apart should they overlap.
 */
@DisallowConcurrentExecution
public class DeliveryJob implements Job {

    static final String DELIVERY = "clv.delivery";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            ((Runnable) context.getScheduler().getContext().get(DELIVERY)).run();
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        } catch (RuntimeException e) {
            // The outbox keeps what was not delivered; the next firing tries again.
            org.slf4j.LoggerFactory.getLogger(DeliveryJob.class).warn("a delivery pass failed; the next one tries "
                    + "again", e);
            throw new JobExecutionException(e, false);
        }
    }
}
