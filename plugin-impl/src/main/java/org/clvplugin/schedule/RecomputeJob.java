package org.clvplugin.schedule;

import org.clvplugin.store.RunRepository;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * The recompute as the scheduler runs it: a run claimed by "recompute now" (its id in the job's data), or on the
 * schedule a new one, skipped while another run is in progress. Never two at once; the work is the service's.
 */
@DisallowConcurrentExecution
public class RecomputeJob implements Job {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RecomputeJob.class);

    static final String SERVICE = "clv.recomputeService";
    static final String TRIGGERED_BY = "triggeredBy";
    static final String RUN_ID = "runId";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            RecomputeService service = (RecomputeService) context.getScheduler().getContext().get(SERVICE);
            String claimed = context.getMergedJobDataMap().getString(RUN_ID);
            if (claimed != null && !context.isRecovering()) {
                service.recompute(Long.parseLong(claimed));
                return;
            }
            // A recovered job is the run of a node that died: claiming marks that run failed, and a new one runs.
            String by = context.isRecovering() ? "recovery" : "schedule";
            RunRepository.Claim claim = service.claim(by);
            if (!claim.started()) {
                LOG.info("the {} run is skipped: run {} is in progress", by, claim.runId());
                return;
            }
            service.recompute(claim.runId());
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        } catch (RuntimeException e) {
            // The run is already marked FAILED with its reason; the schedule goes on.
            throw new JobExecutionException(e, false);
        }
    }
}
