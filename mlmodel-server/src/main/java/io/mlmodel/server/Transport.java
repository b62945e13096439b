package io.mlmodel.server;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/**
 * The event loops and the listening channel type: Netty's native epoll transport where it loads
 * (Linux on x86-64, the native library shipped in {@code netty-transport-native-epoll}), else the
 * JDK's NIO selector. Both serve the same protocol with the same pipeline; epoll does a request in
 * fewer system calls and without the selector's bookkeeping and locks (docs/performance.md, "The
 * scoring server"). Netty's own {@code -Dio.netty.transport.noNative=true} forces NIO. Stateless.
 *
 * <p>The benchmark's bare Netty server uses this class too, so that the HTTP layer's limit it
 * measures is that of the same transport.
 */
final class Transport {
  /** Whether the native epoll transport is used (decided once, when the class loads). */
  static final boolean EPOLL = Epoll.isAvailable();

  private Transport() {}

  /**
   * A group of {@code threads} event loops on this transport; zero means Netty's default, two a core
   * ({@code -Dio.netty.eventLoopThreads} changes it). One a core costs a little less CPU a request,
   * but on a machine shared with other work it gave fewer requests/s and a far longer p99
   * (docs/performance.md, "The scoring server"), so the default stays.
   */
  static EventLoopGroup group(int threads) {
    IoHandlerFactory handler = EPOLL ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    return new MultiThreadIoEventLoopGroup(threads, handler);
  }

  /** The listening channel's class for {@link #group}'s event loops. */
  static Class<? extends ServerChannel> serverChannel() {
    return EPOLL ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
  }

  /** The transport's name, for the log line that says where the server listens. */
  static String name() {
    return EPOLL ? "epoll" : "nio";
  }
}
