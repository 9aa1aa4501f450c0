package cn.anjian.experts.applications;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ObjectionRepository extends CrudRepository<Objection, Long> {

    List<Objection> findByApplicationIdOrderById(long applicationId);

    @Query("SELECT count(*) FROM exp_application_objection WHERE application_id = :applicationId AND status = 'OPEN'")
    long countOpen(long applicationId);
}
