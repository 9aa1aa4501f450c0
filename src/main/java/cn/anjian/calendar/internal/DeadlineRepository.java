package cn.anjian.calendar.internal;

import java.util.List;

import cn.anjian.calendar.DeadlineState;
import org.springframework.data.repository.CrudRepository;

interface DeadlineRepository extends CrudRepository<Deadline, Long> {

    List<Deadline> findByState(DeadlineState state);
}
