package cn.anjian.enterprises;

import org.springframework.data.repository.CrudRepository;

/** The one repository of the {@link Enterprise} aggregate; lists and reads use JdbcClient in {@link Enterprises}. */
interface EnterpriseRepository extends CrudRepository<Enterprise, Long> {
}
