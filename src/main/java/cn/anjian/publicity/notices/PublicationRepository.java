package cn.anjian.publicity.notices;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** The one repository of {@link Publication}; the portal's lists read with JdbcClient. */
interface PublicationRepository extends CrudRepository<Publication, Long> {

    /** The live notice(s) of one source and kind (at most one: the source index is unique). */
    @Query("""
            SELECT * FROM pub_publication
            WHERE source_module = :module AND source_type = :type AND source_id = :sourceId AND kind = :kind
              AND withdrawn_at IS NULL""")
    List<Publication> findLive(@Param("module") String module, @Param("type") String type,
                               @Param("sourceId") String sourceId, @Param("kind") String kind);
}
