package cn.anjian.mines.app;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

interface LeaveRepository extends CrudRepository<Leave, Long> {

    List<Leave> findByCommissionerId(long commissionerId);
}
