package org.cohesion.notification.internal;

import java.util.Collection;
import java.util.List;
import org.cohesion.notification.NotificationSetting;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationSettingRepository extends JpaRepository<NotificationSetting, Long> {

    List<NotificationSetting> findByUserIdIn(Collection<Long> userIds);
}
