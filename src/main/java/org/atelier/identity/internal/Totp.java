package org.atelier.identity.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as authenticator apps compute them: HOTP (RFC 4226) over the
 * number of 30-second steps since the Unix epoch (RFC 6238), HMAC-SHA1, six digits. Secrets are
 * exchanged in Base32 (RFC 4648, without padding) inside an {@code otpauth://} URI.
 */
public final class Totp {

	public static final int STEP_SECONDS = 30;
	public static final int DIGITS = 6;
	/** Steps accepted on either side of the current one, for clocks that drift a little. */
	public static final int WINDOW = 1;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A new random secret of 160 bits (the HMAC-SHA1 block the RFC recommends), Base32-encoded. */
	public static String newSecret() {
		byte[] key = new byte[20];
		RANDOM.nextBytes(key);
		return base32(key);
	}

	public static long step(long epochSeconds) {
		return Math.floorDiv(epochSeconds, STEP_SECONDS);
	}

	/** The code for one time step, zero-padded to {@code digits}. */
	public static String code(byte[] key, long step, int digits) {
		byte[] counter = new byte[8];
		for (int i = 7; i >= 0; i--) {
			counter[i] = (byte) (step & 0xff);
			step >>>= 8;
		}
		byte[] hash;
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			hash = mac.doFinal(counter);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
		}
		// dynamic truncation, RFC 4226 section 5.3
		int offset = hash[hash.length - 1] & 0x0f;
		int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
				| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
		int modulus = (int) Math.pow(10, digits);
		String text = Integer.toString(binary % modulus);
		return "0".repeat(digits - text.length()) + text;
	}

	/**
	 * The time step whose code matches {@code code}, searching the window around {@code epochSeconds}
	 * and only steps after {@code lastUsedStep} (so a code is never accepted twice); empty when none matches.
	 */
	public static OptionalLong match(String secret, String code, long epochSeconds, long lastUsedStep) {
		if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		byte[] key = base32Decode(secret);
		long now = step(epochSeconds);
		for (long s = now - WINDOW; s <= now + WINDOW; s++) {
			if (s > lastUsedStep && constantTimeEquals(code(key, s, DIGITS), code)) {
				return OptionalLong.of(s);
			}
		}
		return OptionalLong.empty();
	}

	/** The URI authenticator apps read from the QR code (Google's Key Uri Format). */
	public static String uri(String issuer, String account, String secret) {
		return "otpauth://totp/" + encode(issuer) + ":" + encode(account) + "?secret=" + secret + "&issuer="
				+ encode(issuer) + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
	}

	public static String base32(byte[] data) {
		StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
		int buffer = 0;
		int bits = 0;
		for (byte b : data) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	/** Decodes Base32, ignoring case, spaces and padding; throws IllegalArgumentException on other characters. */
	public static byte[] base32Decode(String text) {
		String clean = text.replace(" ", "").replace("=", "").toUpperCase(java.util.Locale.ROOT);
		byte[] out = new byte[clean.length() * 5 / 8];
		int buffer = 0;
		int bits = 0;
		int index = 0;
		for (char c : clean.toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("not a Base32 character");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out[index++] = (byte) ((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out;
	}

	private static boolean constantTimeEquals(String a, String b) {
		return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
				b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
	}

	private static String encode(String part) {
		return java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}
}
