package cn.anjian.enforcement.joint;

import org.springframework.data.repository.CrudRepository;

/** The one repository of {@link JointOperation}; lists read with JdbcClient. */
interface JointOperationRepository extends CrudRepository<JointOperation, Long> {
}
