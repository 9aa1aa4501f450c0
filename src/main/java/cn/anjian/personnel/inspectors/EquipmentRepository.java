package cn.anjian.personnel.inspectors;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

interface EquipmentRepository extends CrudRepository<Equipment, Long> {

    List<Equipment> findByInspectorId(long inspectorId);
}
