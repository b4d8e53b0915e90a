package org.atelier.energy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.atelier.energy.SimulationResult.StepSeries;
import org.jspecify.annotations.Nullable;

/**
 * The per-step series of a stored run, kept so that its charts can be drawn again long after the
 * scenario or its files have changed. Values are stored as 32-bit floats (ample for kW with
 * watt resolution) and compressed: about half a megabyte for a year at 15 minutes. A missing cap
 * (no limit) is stored as NaN.
 */
public record StoredSeries(StepSeries series, ZoneId zone) {

	private static final int FORMAT = 1;
	private static final int ARRAYS = 8;

	byte[] encode() {
		var bytes = new ByteArrayOutputStream();
		try (var out = new DataOutputStream(new GZIPOutputStream(bytes))) {
			out.writeInt(FORMAT);
			out.writeUTF(series.start());
			out.writeUTF(zone.getId());
			out.writeInt(series.stepMinutes());
			int n = series.loadKw().length;
			out.writeInt(n);
			out.writeInt(ARRAYS);
			for (double[] a : new double[][] { series.loadKw(), series.pvKw(), series.gridKw(), series.batteryKw(),
					series.socKwh(), series.curtailedKw(), unboxed(series.importCapKw()),
					unboxed(series.exportCapKw()) }) {
				for (int i = 0; i < n; i++) {
					out.writeFloat((float) a[i]);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	static StoredSeries decode(byte[] stored) {
		try (var in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(stored)))) {
			int format = in.readInt();
			if (format != FORMAT) {
				throw new IllegalStateException("unknown stored series format " + format);
			}
			String start = in.readUTF();
			ZoneId zone = ZoneId.of(in.readUTF());
			int stepMinutes = in.readInt();
			int n = in.readInt();
			int arrays = in.readInt();
			double[][] a = new double[arrays][n];
			for (int k = 0; k < arrays; k++) {
				for (int i = 0; i < n; i++) {
					a[k][i] = in.readFloat();
				}
			}
			return new StoredSeries(new StepSeries(start, stepMinutes, a[0], a[1], a[2], a[3], a[4], a[5], boxed(a[6]),
					boxed(a[7])), zone);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One series of values (measured kW per step), compressed the same way. */
	static byte[] encodeValues(double[] values) {
		var bytes = new ByteArrayOutputStream();
		try (var out = new DataOutputStream(new GZIPOutputStream(bytes))) {
			out.writeInt(values.length);
			for (double v : values) {
				out.writeFloat((float) v);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	static double[] decodeValues(byte[] stored) {
		try (var in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(stored)))) {
			double[] values = new double[in.readInt()];
			for (int i = 0; i < values.length; i++) {
				values[i] = in.readFloat();
			}
			return values;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static double[] unboxed(@Nullable Double[] caps) {
		double[] out = new double[caps.length];
		for (int i = 0; i < caps.length; i++) {
			out[i] = caps[i] == null ? Double.NaN : caps[i];
		}
		return out;
	}

	private static @Nullable Double[] boxed(double[] caps) {
		@Nullable Double[] out = new Double[caps.length];
		for (int i = 0; i < caps.length; i++) {
			out[i] = Double.isNaN(caps[i]) ? null : caps[i];
		}
		return out;
	}
}
