package vn.parindex.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.ContainerTest;
import vn.parindex.it.support.Deployments;
import vn.parindex.shared.ClusterOnce;
import vn.parindex.shared.ScheduledRun;

/**
 * Scheduled work once per cluster, on H2 or on PostgreSQL: of the servers whose timers fire for a
 * job's day, exactly one claims it, even when all ask at the same moment; the next day is free.
 */
@ContainerTest
class ClusterOnceIT {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 8);

  @Deployment
  static WebArchive deployment() {
    return Deployments.realWar(ClusterOnceIT.class);
  }

  @Inject ClusterOnce cluster;

  @Resource ManagedExecutorService executor;

  @Test
  void aJobsDayIsClaimedOnceAndTheNextDayAgain() {
    assertTrue(cluster.claim("it-daily", DAY));
    assertFalse(cluster.claim("it-daily", DAY), "a second server finds the day claimed");
    assertTrue(cluster.claim("it-daily", DAY.plusDays(1)));
    List<ScheduledRun> runs = cluster.runs("it-daily");
    assertEquals(List.of(DAY.plusDays(1), DAY), runs.stream().map(ScheduledRun::getRunOn).toList());
    assertTrue(runs.get(0).getClaimedBy().contains("@"), "pid@host of the server that ran it");
  }

  @Test
  void eightServersAskingAtOnceGetOneClaim() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> asked = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      asked.add(
          executor.submit(
              () -> {
                start.await();
                return cluster.claim("it-race", DAY);
              }));
    }
    start.countDown();
    int claimed = 0;
    for (Future<Boolean> answer : asked) {
      claimed += answer.get() ? 1 : 0;
    }
    assertEquals(1, claimed);
  }
}
