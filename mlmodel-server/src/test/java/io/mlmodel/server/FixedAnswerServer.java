package io.mlmodel.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The transport's share of a large batch, for {@link LargeBatchBench}: bare Netty with the scoring
 * server's codec, keep-alive and aggregation, answering every request with fixed bytes (the
 * scoring server's own answer to the same request) after handing it to a worker thread and back,
 * as the scoring server does with a large body. What it costs is the floor of the server's
 * overhead: the request and answer bytes over loopback TCP and two thread hand-offs.
 */
final class FixedAnswerServer implements AutoCloseable {
  private final EventLoopGroup loops = new MultiThreadIoEventLoopGroup(0, NioIoHandler.newFactory());
  private final ExecutorService worker = Executors.newCachedThreadPool();
  private final Channel channel;

  FixedAnswerServer(byte[] answer) throws InterruptedException {
    channel = new ServerBootstrap().group(loops).channel(NioServerSocketChannel.class)
        .childOption(ChannelOption.TCP_NODELAY, true).childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            ch.pipeline().addLast(new HttpServerCodec(), new HttpServerKeepAliveHandler(),
                new HttpObjectAggregator(64 << 20), new SimpleChannelInboundHandler<FullHttpRequest>() {
                  @Override
                  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
                    worker.execute(() -> {
                      FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                          ctx.alloc().buffer(answer.length).writeBytes(answer));
                      r.headers().set(HttpHeaderNames.CONTENT_TYPE, Http.JSON)
                          .setInt(HttpHeaderNames.CONTENT_LENGTH, answer.length);
                      ctx.writeAndFlush(r);
                    });
                  }
                });
          }
        }).bind("127.0.0.1", 0).sync().channel();
  }

  int port() {
    return ((InetSocketAddress) channel.localAddress()).getPort();
  }

  @Override
  public void close() {
    channel.close().syncUninterruptibly();
    loops.shutdownGracefully().syncUninterruptibly();
    worker.shutdown();
  }
}
