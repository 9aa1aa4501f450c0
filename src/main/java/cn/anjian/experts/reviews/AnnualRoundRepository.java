package cn.anjian.experts.reviews;

import org.springframework.data.repository.CrudRepository;

interface AnnualRoundRepository extends CrudRepository<AnnualRound, Long> {
}
