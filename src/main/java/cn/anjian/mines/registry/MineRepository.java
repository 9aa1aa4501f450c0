package cn.anjian.mines.registry;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface MineRepository extends CrudRepository<Mine, Long> {
    boolean existsByEnterpriseId(long enterpriseId);

    java.util.Optional<Mine> findByEnterpriseId(long enterpriseId);

    @Query("SELECT EXISTS (SELECT 1 FROM mine_mine WHERE scope_path LIKE :pattern)")
    boolean anyIn(String pattern);
}
