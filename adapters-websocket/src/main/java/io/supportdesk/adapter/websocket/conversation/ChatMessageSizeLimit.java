package io.supportdesk.adapter.websocket.conversation;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;

/**
 * Bounds a whole chat message, not only each frame. The endpoint's {@code maxPayloadLength} is checked by Netty per
 * frame, and Micronaut joins the continuation frames of a fragmented message without a cap, so a client could send
 * a message that never ends in 64 KiB pieces until the server runs out of memory (fault 10 of issue 18 measured
 * 226 MB in a minute from one socket). This handler counts the bytes of the message being assembled and closes the
 * socket with 1009 (message too big) once they pass {@link #MAX_MESSAGE_BYTES}, before Micronaut sees the frame.
 *
 * <p>It sits in every HTTP/1 connection's pipeline just before Micronaut's request handler; the WebSocket upgrade
 * puts the socket's handler in that place, so after the upgrade it sees every decoded (and inflated) frame. HTTP
 * messages pass through it untouched.
 */
@Singleton
final class ChatMessageSizeLimit implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    /** The largest chat message in bytes, whole or in fragments; also the endpoint's frame limit. */
    static final int MAX_MESSAGE_BYTES = 65_536;

    private static final String HANDLER_NAME = "supportdesk-chat-message-size";

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        NettyServerCustomizer.Registry registry = event.getBean();
        registry.register(new NettyServerCustomizer() {
            @Override
            public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
                return role == ChannelRole.CONNECTION ? new PerConnection(channel) : this;
            }
        });
        return registry;
    }

    private record PerConnection(Channel channel) implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            // HTTP/2 streams have no such handler here and carry no WebSockets (Micronaut upgrades HTTP/1 only).
            if (channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null
                    && channel.pipeline().get(HANDLER_NAME) == null) {
                channel.pipeline().addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, HANDLER_NAME,
                        new FragmentCounter(MAX_MESSAGE_BYTES));
            }
        }
    }

    /** Counts one socket's message in assembly; not shared, so it needs no synchronisation (one event loop). */
    static final class FragmentCounter extends ChannelInboundHandlerAdapter {

        private final long limit;
        private long assembled;
        private boolean closing;

        FragmentCounter(long limit) {
            this.limit = limit;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (!(msg instanceof WebSocketFrame frame) || isControl(frame)) {
                ctx.fireChannelRead(msg);
                return;
            }
            if (closing) {
                ReferenceCountUtil.release(msg);
                return;
            }
            long size = frame.content().readableBytes();
            assembled = frame instanceof ContinuationWebSocketFrame ? assembled + size : size;
            if (assembled > limit) {
                closing = true;
                ReferenceCountUtil.release(msg);
                ctx.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.MESSAGE_TOO_BIG,
                                "a message may hold at most " + limit + " bytes, in one frame or in fragments"))
                        .addListener(ChannelFutureListener.CLOSE);
                return;
            }
            if (frame.isFinalFragment()) {
                assembled = 0;
            }
            ctx.fireChannelRead(msg);
        }

        private static boolean isControl(WebSocketFrame frame) {
            return frame instanceof CloseWebSocketFrame
                    || frame instanceof PingWebSocketFrame
                    || frame instanceof PongWebSocketFrame;
        }
    }
}
