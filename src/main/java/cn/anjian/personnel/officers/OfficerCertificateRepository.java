package cn.anjian.personnel.officers;

import org.springframework.data.repository.CrudRepository;

interface OfficerCertificateRepository extends CrudRepository<OfficerCertificate, Long> {

    boolean existsByNumber(String number);
}
