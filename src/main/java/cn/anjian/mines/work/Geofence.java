package cn.anjian.mines.work;

import java.math.BigDecimal;

/** MW-10: the great-circle (haversine) distance between the check-in position and the mine. */
final class Geofence {

    static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private Geofence() {
    }

    static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    static int distanceMeters(BigDecimal lat1, BigDecimal lon1, BigDecimal lat2, BigDecimal lon2) {
        return (int) Math.round(distanceMeters(lat1.doubleValue(), lon1.doubleValue(), lat2.doubleValue(), lon2.doubleValue()));
    }

    /** Inside means at most {@code radius} meters away (the boundary counts as inside). */
    static boolean inside(int distanceMeters, int radiusMeters) {
        return distanceMeters <= radiusMeters;
    }
}
