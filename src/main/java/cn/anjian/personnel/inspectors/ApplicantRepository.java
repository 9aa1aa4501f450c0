package cn.anjian.personnel.inspectors;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

interface ApplicantRepository extends CrudRepository<Applicant, Long> {

    List<Applicant> findByCampaignId(long campaignId);
}
