package cn.anjian.experts.meetings;

import org.springframework.data.repository.CrudRepository;

interface MeetingRepository extends CrudRepository<Meeting, Long> {
}
