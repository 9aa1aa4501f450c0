package cn.anjian.personnel.officers;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

@Getter
@RequiredArgsConstructor
public enum CertificateKind {
    ENFORCEMENT("行政执法证"), SUPERVISION("行政执法监督证");

    private final String label;
}
