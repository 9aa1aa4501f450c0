package cn.anjian.personnel;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The public certificate check (PUB-01/PUB-02, issue 14): anyone who is shown an officer's certificate (or scans
 * its QR code) asks whether that number is valid on a day, and sees the holder's name and agency — officers'
 * names and certificate numbers are public (PUB-01). Nothing else of the person is answered.
 */
public interface CertificateCheck {

    /** What the public sees; {@code validOnDay} = status valid and the day within the validity. */
    record Result(String number, String holderName, String agencyName, String kindLabel, LocalDate validFrom,
                  LocalDate validTo, String statusLabel, boolean validOnDay) {
    }

    /** The certificate with exactly this number (stripped, upper-cased), or empty. */
    Optional<Result> check(String number, LocalDate day);
}
