-- Opens tickets: every request a new one.
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.headers["Content-Type"] = "application/json"
wrk.path = "/api/v1/tickets"
wrk.body = '{"title":"Printer on fire","description":"It started smoking after the firmware update.",'
        .. '"category":"technical","priority":"high","tags":["printer"]}'
