package org.atelier.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny TCP forwarder between the application and its database, so that a test can take the
 * database away (every open connection dropped, new ones refused at once) and give it back,
 * without touching the real database server.
 */
public final class CuttableTcpProxy implements AutoCloseable {

	private final ServerSocket server;
	private final String targetHost;
	private final int targetPort;
	private final Set<Socket> open = ConcurrentHashMap.newKeySet();
	private volatile boolean cut;

	public CuttableTcpProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.server = new ServerSocket();
		server.bind(new InetSocketAddress("127.0.0.1", 0));
		Thread.ofPlatform().daemon().name("tcp-proxy-accept").start(this::acceptLoop);
	}

	public int port() {
		return server.getLocalPort();
	}

	/** Drops every open connection and refuses new ones until {@link #restore()}. */
	public void cut() {
		cut = true;
		for (Socket s : open) {
			closeQuietly(s);
		}
		open.clear();
	}

	public void restore() {
		cut = false;
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				if (cut) {
					closeQuietly(client);
					continue;
				}
				Socket upstream = new Socket(targetHost, targetPort);
				open.add(client);
				open.add(upstream);
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException e) {
				// server closed, or the target refused: the client sees its connection closed
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread.ofPlatform().daemon().name("tcp-proxy-pump").start(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int n;
				while ((n = in.read(buffer)) >= 0) {
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException e) {
				// one side went away
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				open.remove(from);
				open.remove(to);
			}
		});
	}

	private static void closeQuietly(Socket s) {
		try {
			s.close();
		}
		catch (IOException e) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		cut();
		server.close();
	}
}
