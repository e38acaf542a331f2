package org.clvplugin.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/** The scheduled recompute: never two at once; the work is the recompute service's. */
@DisallowConcurrentExecution
public class RecomputeJob implements Job {

    static final String SERVICE = "clv.recomputeService";
    static final String TRIGGERED_BY = "triggeredBy";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            RecomputeService service = (RecomputeService) context.getScheduler().getContext().get(SERVICE);
            // A recovered job is the run of a node that died: the service marks that run failed and runs again.
            String by = context.isRecovering() ? "recovery"
                    : context.getMergedJobDataMap().getString(TRIGGERED_BY);
            service.recompute(by == null ? "schedule" : by);
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        } catch (RuntimeException e) {
            // The run is already marked FAILED with its reason; the schedule goes on.
            throw new JobExecutionException(e, false);
        }
    }
}
