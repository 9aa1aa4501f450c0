package cn.anjian.personnel.inspectors;

import org.springframework.data.repository.CrudRepository;

interface CampaignRepository extends CrudRepository<Campaign, Long> {
}
