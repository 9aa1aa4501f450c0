package cn.anjian.mines.assessment;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

interface ExemptionRepository extends CrudRepository<Exemption, Long> {

    List<Exemption> findByCommissionerIdAndYearAndCheckRef(long commissionerId, int year, String checkRef);
}
