package cn.anjian.mines.work;

import org.springframework.data.repository.CrudRepository;

interface KeyPeriodRepository extends CrudRepository<KeyPeriod, Long> {
}
