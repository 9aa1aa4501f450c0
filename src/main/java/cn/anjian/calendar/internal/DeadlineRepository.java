package cn.anjian.calendar.internal;

import org.springframework.data.repository.CrudRepository;

interface DeadlineRepository extends CrudRepository<Deadline, Long> {
}
