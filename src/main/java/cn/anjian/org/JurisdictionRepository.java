package cn.anjian.org;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

/** The one repository of {@link JurisdictionAggregate}; the tree, search and history read with JdbcClient. */
interface JurisdictionRepository extends CrudRepository<JurisdictionAggregate, Long> {

    /** A new division's id is taken first: its path names it. */
    @Query("SELECT nextval(pg_get_serial_sequence('org_jurisdiction', 'id'))")
    long nextId();
}
