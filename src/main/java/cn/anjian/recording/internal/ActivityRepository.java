package cn.anjian.recording.internal;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

/** The one repository of {@link Activity}; lists and reports read with JdbcClient. */
interface ActivityRepository extends CrudRepository<Activity, Long> {

    List<Activity> findByUploadDeadlineId(long deadlineId);

    java.util.Optional<Activity> findByExemptionFlowId(long flowId);
}
