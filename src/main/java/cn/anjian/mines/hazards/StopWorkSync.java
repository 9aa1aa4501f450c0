package cn.anjian.mines.hazards;

import java.util.Optional;
import java.util.UUID;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Idempotency;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The phone's {@code PUT /stop-work-orders/{id}} under the kernel's one {@code Idempotency-Key} mechanism (as checks
 * do): the key is claimed first, so concurrent retries of one sync get 409 instead of racing on the order's UUID; the
 * order and the stored answer commit together; a replay answers the stored order, another body under the key is
 * refused. The order's own UUID still makes a replay under a new key harmless ({@link StopWorkOrders#put}).
 */
@Service
public class StopWorkSync {

    private final StopWorkOrders orders;
    private final Idempotency idempotency;
    private final TransactionTemplate tx;

    StopWorkSync(StopWorkOrders orders, Idempotency idempotency, PlatformTransactionManager txm) {
        this.orders = orders;
        this.idempotency = idempotency;
        this.tx = new TransactionTemplate(txm);
    }

    public StopWorkOrders.Outcome sync(Actor actor, UUID orderId, String key, NewStopWorkOrder body) {
        Idempotency.requireValidKey(key);
        String hash = StopWorkOrders.hash(body);
        Optional<Idempotency.Entry> existing = idempotency.claim(actor.userId(), key);
        if (existing.isPresent()) {
            Idempotency.Entry e = existing.get();
            if (e.state() == Idempotency.State.IN_FLIGHT) {
                throw Idempotency.inFlight();
            }
            if (!hash.equals(e.requestHash()) || !orderId.toString().equals(e.body())) {
                throw Idempotency.mismatch();
            }
            return orders.put(actor, orderId, key, body); // the stored order, scope-checked again
        }
        try {
            return tx.execute(s -> {
                StopWorkOrders.Outcome o = orders.put(actor, orderId, key, body);
                idempotency.complete(actor.userId(), key, hash, o.created() ? 201 : 200, orderId.toString(), o.id());
                return o;
            });
        } catch (RuntimeException e) {
            idempotency.release(actor.userId(), key);
            throw e;
        }
    }
}
