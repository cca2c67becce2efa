-- Central schema 3: the families' portal. The portal writes only through the functions below; they run with
-- the rights of the schema's owner (SECURITY DEFINER, on this schema's search path), so the portal's role
-- needs nothing but EXECUTE on them (README "Central database").
--
-- An online card payment: the portal calls portal_record_card_payment once the payment processor has
-- accepted the card. The payment waits here (pending) until the counter that issued the invoice next syncs:
-- that counter records it with the same rules as a payment at the counter (core/sales: a receipt in its own
-- series, in its open till, the tickets in the wallet once the invoice is paid, its journal) and marks it
-- recorded with the receipt's number; every counter then gets the receipt with its next pull. A payment the
-- counter cannot take any more (the invoice was paid at the counter or cancelled meanwhile) is marked
-- refused with the reason: the régie refunds the family.
CREATE TABLE portal_payment (
    id             bigserial PRIMARY KEY,
    uuid           uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    invoice_uuid   text NOT NULL,
    site_id        uuid NOT NULL REFERENCES counter (site_id), -- the counter that issued the invoice
    amount_cents   bigint NOT NULL CHECK (amount_cents > 0),
    reference      text NOT NULL UNIQUE CHECK (length(reference) > 0), -- the payment processor's
    paid_at        timestamptz NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    status         text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'recorded', 'refused')),
    receipt_number text,
    note           text
);
CREATE INDEX portal_payment_pending ON portal_payment (site_id) WHERE status = 'pending';

-- What an invoice's payments and credit notes are found by.
CREATE INDEX row_state_invoice_of ON row_state ((data ->> 'invoice_id.uuid'))
    WHERE table_name IN ('receipt', 'credit_note');
CREATE INDEX row_state_receipt_of ON row_state ((data ->> 'receipt_id.uuid')) WHERE table_name = 'payment';

-- What is still due on an invoice, in cents: its total, less its credit notes, its payments and the online
-- payments waiting for the counter. NULL: no such invoice.
CREATE FUNCTION portal_invoice_due(p_invoice text) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT (i.data ->> 'total_cents')::bigint
         - coalesce((SELECT sum((c.data ->> 'total_cents')::bigint) FROM row_state c
                     WHERE c.table_name = 'credit_note' AND c.data ->> 'invoice_id.uuid' = p_invoice), 0)
         - coalesce((SELECT sum((p.data ->> 'amount_cents')::bigint) FROM row_state r
                     JOIN row_state p ON p.table_name = 'payment' AND p.data ->> 'receipt_id.uuid' = r.row_key
                     WHERE r.table_name = 'receipt' AND r.data ->> 'invoice_id.uuid' = p_invoice), 0)
         - coalesce((SELECT sum(w.amount_cents) FROM portal_payment w
                     WHERE w.invoice_uuid = p_invoice AND w.status = 'pending'), 0)
    FROM row_state i WHERE i.table_name = 'invoice' AND i.row_key = p_invoice AND i.data IS NOT NULL
$$;

-- Records a card payment accepted online for an invoice (its uuid); returns the payment's uuid. The same
-- processor reference given again returns the first payment's uuid and records nothing (the processor's
-- notifications may come twice). Refused (SQLSTATE P0001, message in English for the portal's log): an
-- unknown invoice, an amount of 0 or less, an amount above what is due.
CREATE FUNCTION portal_record_card_payment(p_invoice text, p_amount_cents bigint, p_reference text,
                                           p_paid_at timestamptz DEFAULT now()) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    v_site uuid;
    v_due  bigint;
    v_uuid uuid;
BEGIN
    SELECT uuid INTO v_uuid FROM portal_payment WHERE reference = p_reference;
    IF FOUND THEN
        RETURN v_uuid;
    END IF;
    -- One payment of an invoice at a time: the invoice's row is locked until this one is recorded.
    SELECT k.site_id INTO v_site FROM row_state i JOIN counter k ON k.site_id::text = i.data ->> 'origin_site'
        WHERE i.table_name = 'invoice' AND i.row_key = p_invoice AND i.data IS NOT NULL FOR UPDATE OF i;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no invoice %', p_invoice;
    END IF;
    IF p_amount_cents IS NULL OR p_amount_cents <= 0 THEN
        RAISE EXCEPTION 'the amount must be more than 0 cents';
    END IF;
    IF coalesce(trim(p_reference), '') = '' THEN
        RAISE EXCEPTION 'the payment processor''s reference is required';
    END IF;
    v_due := portal_invoice_due(p_invoice);
    IF p_amount_cents > v_due THEN
        RAISE EXCEPTION 'the amount (% cents) is more than what is due on invoice % (% cents)',
            p_amount_cents, p_invoice, v_due;
    END IF;
    INSERT INTO portal_payment (invoice_uuid, site_id, amount_cents, reference, paid_at)
        VALUES (p_invoice, v_site, p_amount_cents, trim(p_reference), p_paid_at) RETURNING uuid INTO v_uuid;
    RETURN v_uuid;
END
$$;

-- Only the roles given EXECUTE may call them (PostgreSQL lets everyone by default).
REVOKE EXECUTE ON FUNCTION portal_invoice_due(text), portal_record_card_payment(text, bigint, text, timestamptz)
    FROM PUBLIC;
