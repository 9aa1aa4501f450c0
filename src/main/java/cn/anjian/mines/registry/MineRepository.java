package cn.anjian.mines.registry;

import org.springframework.data.repository.CrudRepository;

interface MineRepository extends CrudRepository<Mine, Long> {
    boolean existsByEnterpriseId(long enterpriseId);
}
