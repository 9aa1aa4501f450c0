package cn.anjian.mines.registry;

import org.springframework.data.repository.CrudRepository;

interface CommissionerRepository extends CrudRepository<Commissioner, Long> {
    boolean existsByPersonId(long personId);
}
