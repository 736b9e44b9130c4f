package org.cohesion.moderation.internal;

import org.cohesion.moderation.PlanModerationSetting;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanModerationSettingRepository extends JpaRepository<PlanModerationSetting, Long> {
}
