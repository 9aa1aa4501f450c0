package cn.anjian.recording.internal;

import org.springframework.data.repository.CrudRepository;

/** The one repository of {@link FiledRecord}; lists and reports read with JdbcClient. */
interface FiledRecordRepository extends CrudRepository<FiledRecord, Long> {
}
