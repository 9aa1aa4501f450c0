package cn.anjian.notifications.centre;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface NotificationRepository extends CrudRepository<Notification, Long> {

    Optional<Notification> findByIdAndUserId(long id, long userId);

    List<Notification> findByUserIdAndReadAtIsNull(long userId);
}
