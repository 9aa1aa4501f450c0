package cn.anjian.demo;

/**
 * The demo administrators' published TOTP secret (issue 13): the three administrators must sign in with a second
 * factor, so the demo enrols them with this secret (README, "Demo accounts"); people trying the demo add it to an
 * authenticator app, tests compute its codes ({@code TestActors.secondFactorCode}). Demo data only — a real
 * deployment has no demo accounts.
 */
public final class DemoSecondFactor {

    /** Base32, 160 bits. */
    public static final String SECRET = "ANJIANDEMOADMINTOTPSECRETSHANXI2";

    private DemoSecondFactor() {
    }
}
