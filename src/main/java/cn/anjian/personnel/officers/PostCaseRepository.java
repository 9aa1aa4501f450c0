package cn.anjian.personnel.officers;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface PostCaseRepository extends CrudRepository<PostCase, Long> {

    /** The one open case of an officer (a unique partial index keeps it at most one). */
    @Query("SELECT * FROM off_post_case WHERE person_id = :person AND met_on IS NULL")
    Optional<PostCase> findOpen(@Param("person") long personId);
}
