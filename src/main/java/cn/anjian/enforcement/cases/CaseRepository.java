package cn.anjian.enforcement.cases;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

/** The one repository of the {@link Case} aggregate; lists and reports read with JdbcClient. */
interface CaseRepository extends CrudRepository<Case, Long> {

    /** A new case's id is taken first: the case number names it. */
    @Query("SELECT nextval(pg_get_serial_sequence('enf_case', 'id'))")
    long nextId();
}
